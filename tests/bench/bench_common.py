"""Shared helpers for the benchmarks: statistics, the result table, and the test conversations.

Qt-free on purpose: the engine benchmark runs in the runner's own process without loading Qt.
Everything random is seeded, so two runs feed the engine exactly the same words.
"""

from __future__ import annotations

import json
import math
import os
import random
import re
import resource
import subprocess
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
BENCH_DIR = Path(__file__).resolve().parent
PLAYBOOK_PATH = ROOT / "resources" / "playbooks" / "default.toml"
DEMO_DIR = ROOT / "resources" / "demo"
LANGS = ("en", "nl", "fr", "he")
SEED = 20240611

# -- statistics ----------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default), q in 0..100."""
    if not values:
        return math.nan
    data = sorted(values)
    if len(data) == 1:
        return data[0]
    pos = (len(data) - 1) * q / 100.0
    low = math.floor(pos)
    high = min(low + 1, len(data) - 1)
    return data[low] + (data[high] - data[low]) * (pos - low)


def dist(name: str, values: Sequence[float], unit: str = "ms", *, target: tuple[str, float] | None = None,
         note: str = "", **extra: Any) -> dict[str, Any]:
    """A figure that is a distribution: median, p95, max (and the target, if any, on one statistic)."""
    fig: dict[str, Any] = {
        "name": name, "type": "dist", "unit": unit, "n": len(values),
        "median": percentile(values, 50), "p95": percentile(values, 95),
        "max": max(values) if values else math.nan, "min": min(values) if values else math.nan,
    }
    if target is not None:
        stat, limit = target
        fig["target"] = {"stat": stat, "max": limit}
        fig["ok"] = bool(fig[stat] <= limit)
    if note:
        fig["note"] = note
    fig.update(extra)
    return fig


def value(name: str, number: float, unit: str = "", *, target: float | None = None, note: str = "",
          **extra: Any) -> dict[str, Any]:
    """A single number (a ratio, a memory size, a count)."""
    fig: dict[str, Any] = {"name": name, "type": "value", "unit": unit, "value": number}
    if target is not None:
        fig["target"] = {"stat": "value", "max": target}
        fig["ok"] = bool(number <= target)
    if note:
        fig["note"] = note
    fig.update(extra)
    return fig


def _num(x: float) -> str:
    if isinstance(x, int):
        return str(x)
    if math.isnan(x):
        return "n/a"
    if abs(x) >= 100:
        return f"{x:.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    if abs(x) >= 1:
        return f"{x:.2f}"
    return f"{x:.3f}"


def format_figure(fig: dict[str, Any]) -> str:
    if fig["type"] == "text":
        return f"{fig['name']}:" + "".join(f"\n      {line}" for line in fig["lines"])
    unit = f" {fig['unit']}" if fig.get("unit") else ""
    if fig["type"] == "dist":
        body = (f"median {_num(fig['median'])}{unit}  p95 {_num(fig['p95'])}{unit}  "
                f"max {_num(fig['max'])}{unit}  (n={fig['n']})")
    else:
        body = f"{_num(fig['value'])}{unit}"
    line = f"{fig['name']}: {body}"
    if "target" in fig:
        stat = fig["target"]["stat"]
        label = "" if stat == "value" else f"{stat} "
        line += f"  [target {label}≤ {_num(fig['target']['max'])}{unit}: {'OK' if fig['ok'] else 'MISSED'}]"
    if fig.get("note"):
        line += f"  — {fig['note']}"
    return line


def print_figures(title: str, figures: list[dict[str, Any]]) -> None:
    print(f"\n== {title} ==", flush=True)
    for fig in figures:
        print("  " + format_figure(fig), flush=True)


# -- memory --------------------------------------------------------------------------------------


def rss_mb() -> dict[str, float]:
    """Current and peak resident memory of this process, in MB (MiB)."""
    status = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                status[key] = int(rest.split()[0]) / 1024.0
    except OSError:
        pass
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    maxrss_mb = maxrss / (1024.0 * 1024.0) if sys.platform == "darwin" else maxrss / 1024.0
    return {"vmrss": status.get("VmRSS", math.nan), "vmhwm": status.get("VmHWM", math.nan),
            "ru_maxrss": maxrss_mb}


def singleton_refs() -> dict[str, int]:
    """Reference counts of None, True and False. On Python < 3.12 they are not immortal, so a C
    extension that drops references to them (see the report) crashes the process once one hits 0."""
    return {"None": sys.getrefcount(None), "True": sys.getrefcount(True), "False": sys.getrefcount(False)}


# -- child processes -----------------------------------------------------------------------------

QT_NOISE = re.compile(r"propagateSizeHints|This plugin does not support")


def run_child(script: Path, args: list[str], env_extra: dict[str, str], timeout: float) -> dict[str, Any]:
    """Run ``script --child OUT.json ...`` in a fresh interpreter and return what it wrote."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="copilot-bench-") as tmp:
        out = Path(tmp) / "result.json"
        env = dict(os.environ)
        env.update({"QT_QPA_PLATFORM": "offscreen", "COPILOT_DATA_DIR": str(Path(tmp) / "data")})
        env.update(env_extra)
        proc = subprocess.run([sys.executable, str(script), "--child", str(out), *args], env=env,
                              capture_output=True, text=True, timeout=timeout, cwd=str(ROOT))
        noise = [line for line in proc.stderr.splitlines() if line.strip() and not QT_NOISE.search(line)]
        if not out.exists():
            raise RuntimeError(f"{script.name} child failed (exit {proc.returncode}):\n"
                               + "\n".join((proc.stdout + proc.stderr).splitlines()[-40:]))
        result = json.loads(out.read_text(encoding="utf-8"))
        # The child wrote its figures; a crash after that (at interpreter exit) is reported, not fatal.
        result["exit_code"] = proc.returncode
        result["stderr"] = noise[-20:]
        result["fatal"] = next((line for line in noise if "Fatal Python error" in line), None)
        return result


def child_health(result: dict[str, Any], utterances: int) -> list[dict[str, Any]]:
    """Figures on how the child process ended and on the drift of None/True/False references."""
    figures: list[dict[str, Any]] = []
    if result.get("stderr"):
        figures.append({"name": "child stderr (Qt's offscreen notices filtered out)", "type": "text",
                        "lines": result["stderr"]})
    if result.get("exit_code"):
        figures.append(value("child process exit code after writing its figures", result["exit_code"], "",
                             note=result.get("fatal") or "see stderr above"))
    start, end = result.get("refs_start"), result.get("refs_end")
    if start and end and utterances:
        parts = []
        for name in ("None", "True", "False"):
            rate = (end[name] - start[name]) / utterances
            part = f"{name} {start[name]}→{end[name]} ({rate:+.1f}/utt"
            if rate < 0:
                part += f", hits 0 after ≈{end[name] / -rate:,.0f} more utt"
            parts.append(part + ")")
        figures.append(value("refcount drift of None/True/False over the session (Python < 3.12)",
                             (end["True"] - start["True"]) / utterances, "refs/utt (True)",
                             note="; ".join(parts)))
    return figures


# -- inputs: the default playbook and the demo conversations -------------------------------------


def require_resources() -> None:
    missing = []
    if not PLAYBOOK_PATH.exists():
        missing.append(str(PLAYBOOK_PATH.relative_to(ROOT)))
    if not list(DEMO_DIR.glob("*.json")):
        missing.append(str(DEMO_DIR.relative_to(ROOT)) + "/*.json")
    if missing:
        raise SystemExit("benchmarks need the bundled resources, missing: " + ", ".join(missing))


def playbook_data() -> dict[str, Any]:
    return tomllib.loads(PLAYBOOK_PATH.read_text(encoding="utf-8"))


def raw_entries(data: dict[str, Any]) -> list[dict[str, Any]]:
    return list(data.get("entry", data.get("entries", [])))


def demo_data() -> list[dict[str, Any]]:
    """The demo conversations as plain data (the same files ``copilot --demo`` plays)."""
    demos = []
    for path in sorted(DEMO_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        demos.append({"title": data.get("title", path.stem), "context": dict(data.get("context", {})),
                      "utterances": [(u["speaker"], u["text"]) for u in data["utterances"]]})
    return demos


def demo_lines_by_language(demos: list[dict[str, Any]]) -> dict[str, dict[str, list[str]]]:
    """{lang: {"customer": [...], "agent": [...]}}; a line's language is what the product detects."""
    from copilot.text.language import detect

    out: dict[str, dict[str, list[str]]] = {lang: {"customer": [], "agent": []} for lang in LANGS}
    for demo in demos:
        langs = [detect(text) for _, text in demo["utterances"]]
        known = [lang for lang in langs if lang in LANGS]
        main = max(set(known), key=known.count) if known else "en"
        for (speaker, text), lang in zip(demo["utterances"], langs, strict=True):
            who = "agent" if speaker == "agent" else "customer"
            out[lang if lang in LANGS else main][who].append(text)
    return out


# -- a realistically large playbook ---------------------------------------------------------------

PRODUCTS = {
    "en": ["router", "mobile", "fibre", "landline", "invoice", "bundle", "sim card", "modem", "tv package",
           "contract", "data plan", "roaming", "broadband", "voicemail", "direct debit", "smart home",
           "streaming", "family plan", "prepaid", "business line"],
    "nl": ["router", "abonnement", "glasvezel", "vaste lijn", "factuur", "bundel", "simkaart", "modem",
           "tv pakket", "contract", "databundel", "roaming", "internet", "voicemail", "incasso",
           "slim huis", "streaming", "gezinsbundel", "prepaid", "zakelijke lijn"],
    "fr": ["box", "forfait", "fibre", "ligne fixe", "facture", "offre groupée", "carte sim", "modem",
           "bouquet tv", "contrat", "forfait data", "itinérance", "internet", "messagerie",
           "prélèvement", "maison connectée", "streaming", "forfait famille", "prépayé", "ligne pro"],
    "he": ["ראוטר", "מנוי", "סיבים", "קו נייח", "חשבונית", "חבילה", "כרטיס סים", "מודם", "חבילת טלוויזיה",
           "חוזה", "חבילת גלישה", "נדידה", "אינטרנט", "תא קולי", "הוראת קבע", "בית חכם", "סטרימינג",
           "חבילה משפחתית", "כרטיס נטען", "קו עסקי"],
}


def _product(lang: str, k: int) -> str:
    words = PRODUCTS.get(lang, PRODUCTS["en"])
    return words[k % len(words)]


def expand_playbook(data: dict[str, Any], size: int = 500, seed: int = SEED) -> dict[str, Any]:
    """The default playbook grown to ``size`` entries, as a team with many product lines writes it.

    Every variant gets a new id and its own triggers: a product word before or after the original
    phrase ("router too expensive"), or words of two of the entry's phrases combined. So the index
    grows with new first words and with longer candidate lists under the existing ones, rather
    than holding 500 copies of the same phrases.
    """
    rng = random.Random(seed)
    base = raw_entries(data)
    sources = [e for e in base if e.get("triggers")]
    entries = [dict(e) for e in base]
    k = 0
    while len(entries) < size:
        src = sources[k % len(sources)]
        variant_no = k // len(sources) + 1
        variant = {key: val for key, val in src.items() if key not in ("id", "triggers", "title", "text")}
        variant["id"] = f"{src['id']}.v{variant_no:02d}"
        triggers: dict[str, list[str]] = {}
        for lang, phrases in src["triggers"].items():
            varied = []
            for i, phrase in enumerate(phrases):
                product = _product(lang, k + i * 7 + variant_no)
                style = rng.random()
                words = phrase.split()
                if style < 0.4:
                    varied.append(f"{product} {phrase}")
                elif style < 0.75 or len(phrases) < 2:
                    varied.append(f"{phrase} {product}")
                else:
                    other = phrases[(i + 1 + rng.randrange(len(phrases) - 1)) % len(phrases)].split()
                    varied.append(" ".join(words[:2] + other[-1:] + [product.split()[0]]))
            triggers[lang] = list(dict.fromkeys(varied))
        variant["triggers"] = triggers
        variant["title"] = {lang: f"{t} · {_product(lang, k + variant_no)}" for lang, t in src["title"].items()}
        variant["text"] = {lang: f"{t} ({_product(lang, k + variant_no)})" for lang, t in src["text"].items()}
        variant.pop("on_start", None)
        entries.append(variant)
        k += 1
    grown = dict(data)
    grown.pop("entries", None)
    grown["entry"] = entries
    header = dict(grown.get("playbook", {}))
    header["name"] = f"{header.get('name', 'default')} ×{size}"
    grown["playbook"] = header
    return grown


# -- conversations --------------------------------------------------------------------------------

CUSTOMER_FRAMES = {
    "en": ["{t}", "Honestly, {t}.", "Well, {t}, and I want this sorted out today.", "I just want to say {t}.",
           "Look, {t}. What can you do for me?", "So basically {t}, you know?", "My {p}: {t}."],
    "nl": ["{t}", "Eerlijk gezegd: {t}.", "Nou, {t}, en ik wil dat het vandaag geregeld wordt.",
           "Ik wil even zeggen: {t}.", "Kijk, {t}. Wat kunt u voor me doen?", "Mijn {p}: {t}."],
    "fr": ["{t}", "Franchement, {t}.", "Bon, {t}, et je voudrais que ce soit réglé aujourd'hui.",
           "Je voulais vous dire : {t}.", "Écoutez, {t}. Qu'est-ce que vous pouvez faire ?", "Mon {p} : {t}."],
    "he": ["{t}", "בכנות, {t}.", "תקשיב, {t}, ואני רוצה שזה יסודר היום.", "רציתי להגיד: {t}.",
           "תראה, {t}. מה אתה יכול לעשות בשבילי?", "ה{p} שלי: {t}."],
}
CUSTOMER_FILLER = {
    "en": ["Yes, that's right.", "Hold on, let me check.", "My customer number is {n}.", "It ends in {n}.",
           "Okay.", "I called last week about this as well.", "Can you repeat that please?",
           "The address is {n} Station Road.", "Sure, go ahead.", "Right, I see.", "It was on the {d}th.",
           "My {p} is the one I use most."],
    "nl": ["Ja, dat klopt.", "Wacht even, ik kijk het na.", "Mijn klantnummer is {n}.", "Het eindigt op {n}.",
           "Oké.", "Ik heb vorige week hier ook al over gebeld.", "Kunt u dat herhalen alstublieft?",
           "Het adres is Stationsweg {n}.", "Ja hoor, ga uw gang.", "Juist, ik snap het.",
           "Het was op de {d}e.", "Mijn {p} gebruik ik het meest."],
    "fr": ["Oui, c'est ça.", "Attendez, je vérifie.", "Mon numéro client est le {n}.", "Il se termine par {n}.",
           "D'accord.", "J'ai déjà appelé la semaine dernière pour ça.", "Vous pouvez répéter s'il vous plaît ?",
           "L'adresse est {n} rue de la Gare.", "Oui, allez-y.", "Ah, je vois.", "C'était le {d}.",
           "Mon {p}, c'est ce que j'utilise le plus."],
    "he": ["כן, נכון.", "רגע, אני בודק.", "מספר הלקוח שלי הוא {n}.", "הוא מסתיים ב-{n}.", "בסדר.",
           "התקשרתי גם בשבוע שעבר בעניין הזה.", "אפשר לחזור על זה בבקשה?", "הכתובת היא רחוב התחנה {n}.",
           "כן, בבקשה.", "אה, הבנתי.", "זה היה ב-{d} לחודש.", "ה{p} הוא מה שאני הכי משתמש בו."],
}
AGENT_FILLER = {
    "en": ["Let me look that up for you.", "One moment please.", "I can see your account here.",
           "Could you confirm your date of birth?", "Thanks, I've found it: reference {n}.",
           "I understand.", "Is there anything else I can help you with?", "I'll note that on your file.",
           "Let me check your {p} for you."],
    "nl": ["Ik zoek het even voor u op.", "Een moment alstublieft.", "Ik zie uw account hier.",
           "Kunt u uw postcode bevestigen?", "Dank u, ik heb het gevonden: referentie {n}.", "Ik begrijp het.",
           "Kan ik u nog ergens anders mee helpen?", "Ik noteer het in uw dossier.",
           "Ik kijk even naar uw {p}."],
    "fr": ["Je regarde ça pour vous.", "Un instant s'il vous plaît.", "Je vois votre compte ici.",
           "Pouvez-vous me confirmer votre code postal ?", "Merci, je l'ai trouvé : référence {n}.",
           "Je comprends.", "Puis-je vous aider pour autre chose ?", "Je le note dans votre dossier.",
           "Je vérifie votre {p}."],
    "he": ["אני בודק את זה בשבילך.", "רגע אחד בבקשה.", "אני רואה את החשבון שלך כאן.",
           "תוכל לאשר את המיקוד שלך?", "תודה, מצאתי: אסמכתא {n}.", "אני מבין.",
           "יש עוד משהו שאוכל לעזור בו?", "אני ארשום את זה בתיק שלך.", "אני בודק את ה{p} שלך."],
}


def _fill(frame: str, rng: random.Random, lang: str, trigger: str = "") -> str:
    return frame.format(t=trigger, n=rng.randrange(1000, 99999), d=rng.randrange(1, 29),
                        p=_product(lang, rng.randrange(100)))


def trigger_phrases(data: dict[str, Any], speakers: tuple[str, ...]) -> dict[str, list[tuple[str, str]]]:
    """{lang: [(entry id, phrase as a person would say it)]} for entries matched on ``speakers``."""
    out: dict[str, list[tuple[str, str]]] = {lang: [] for lang in LANGS}
    for entry in raw_entries(data):
        if entry.get("speaker", "customer") not in speakers:
            continue
        for lang, phrases in entry.get("triggers", {}).items():
            if lang in out:
                out[lang].extend((entry["id"], p.replace("*", "")) for p in phrases)
    return out


def trigger_sentence(phrase: str, lang: str, rng: random.Random) -> str:
    text = _fill(rng.choice(CUSTOMER_FRAMES[lang]), rng, lang, phrase)
    return text[0].upper() + text[1:] if text[0].isalpha() and lang != "he" else text


def build_conversation(data: dict[str, Any], demos: list[dict[str, Any]], n: int = 600,
                       seed: int = SEED) -> list[tuple[str, str]]:
    """About an hour of talk: ``n`` lines, customer and agent taking turns, in stretches of one
    language at a time (en/nl/fr/he), from demo lines, playbook triggers and neutral filler."""
    rng = random.Random(seed)
    demo_lines = demo_lines_by_language(demos)
    customer_triggers = trigger_phrases(data, ("customer", "any"))
    agent_triggers = trigger_phrases(data, ("agent", "any"))
    agent_done: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for entry in raw_entries(data):
        for lang, phrases in entry.get("unless_agent_said", {}).items():
            if lang in agent_done:
                agent_done[lang].extend(p.replace("*", "") for p in phrases)
    lines: list[tuple[str, str]] = []
    lang = rng.choice(LANGS)
    stretch = 0
    while len(lines) < n:
        if stretch <= 0:
            lang = rng.choice([x for x in LANGS if x != lang])
            stretch = rng.randrange(12, 40)
        # the customer
        roll = rng.random()
        if roll < 0.40 and customer_triggers[lang]:
            _, phrase = rng.choice(customer_triggers[lang])
            text = trigger_sentence(phrase, lang, rng)
        elif roll < 0.65 and demo_lines[lang]["customer"]:
            text = rng.choice(demo_lines[lang]["customer"])
        else:
            text = _fill(rng.choice(CUSTOMER_FILLER[lang]), rng, lang)
        lines.append(("customer", text))
        # the agent
        roll = rng.random()
        if roll < 0.35 and demo_lines[lang]["agent"]:
            text = rng.choice(demo_lines[lang]["agent"])
        elif roll < 0.45 and (agent_triggers[lang] or agent_done[lang]):
            pool = [p for _, p in agent_triggers[lang]] + agent_done[lang]
            text = rng.choice(pool)
            text = text[0].upper() + text[1:] + "."
        else:
            text = _fill(rng.choice(AGENT_FILLER[lang]), rng, lang)
        lines.append(("agent", text))
        stretch -= 2
    return lines[:n]


def triggering_customer_lines(data: dict[str, Any], n: int, seed: int = SEED) -> list[str]:
    """``n`` customer lines, each built around a trigger phrase, cycling over entries and languages so
    that cooldowns rarely hold a card back."""
    rng = random.Random(seed)
    by_lang = trigger_phrases(data, ("customer", "any"))
    pool = [(lang, eid, phrase) for lang in LANGS for eid, phrase in by_lang[lang]]
    rng.shuffle(pool)
    lines = []
    i = 0
    lang = rng.choice(LANGS)
    while len(lines) < n and pool:
        if i % 25 == 0:  # stretches of one language, as in a real call
            lang = rng.choice(LANGS)
        candidates = [p for p in pool if p[0] == lang] or pool
        _, _, phrase = candidates[i % len(candidates)]
        lines.append(trigger_sentence(phrase, lang, rng))
        i += 1
    return lines

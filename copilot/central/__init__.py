"""The central record: every desktop's sessions in one PostgreSQL database, so trainers see all their teams' calls.

Desktops stay offline-first on SQLite; an outbox there (``copilot.record.outbox``) says which sessions the
central store lacks, and ``sync`` ships them. ``schema`` is the server's own versioned schema with its roles and
row-level security, ``connect`` turns the settings and the keychain's password into a connection (or a message
naming what is wrong), ``ship`` writes one session, ``library`` reads for trainers, ``privacy`` erases and
exports there, ``live`` publishes the desk's running calls for supervisors and takes their notes. No Qt here.
"""

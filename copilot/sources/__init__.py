"""Where conversation text comes from: the local API, stdin, a followed file, the clipboard."""

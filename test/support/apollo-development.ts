/**
 * Imported before @apollo/client: its CommonJS build decides at load time
 * whether it is in development mode, and only then does it warn about cache
 * data it would lose — the warnings the client-cache test must see.
 */
(globalThis as { __DEV__?: boolean }).__DEV__ = true;

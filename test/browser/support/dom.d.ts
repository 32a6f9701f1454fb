// Browser tests pass functions to page.evaluate(), which run in the page: they need the DOM's types.
/// <reference lib="dom" />

/** What every adapter says when something on our side failed after the request was accepted. */
export const APOLOGY_TEXT = 'Sorry — that broke on my side. It has been logged; please try again.';

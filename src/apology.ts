/** What the bot says when something on our side failed: the core's apology reply and every adapter's notice. */
export const APOLOGY_TITLE = 'Sorry — that broke on my side';
export const APOLOGY_TEXT = `${APOLOGY_TITLE}. It has been logged; please try again.`;

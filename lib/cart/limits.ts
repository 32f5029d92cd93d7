/** The most of one variant a line can hold; apart from the schemas so the bag in the browser does not ship zod. */
export const MAX_LINE_QUANTITY = 10;

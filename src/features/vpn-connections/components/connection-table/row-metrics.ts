// Row heights of the connection list, in px: fixed so the virtualiser never has to measure, and shared with
// the list's first paint (src/app/first-paint), which draws only the rows that fill the screen at first.

export const ROW_HEIGHT = 52;
export const PAIR_HEADER_HEIGHT = 32;

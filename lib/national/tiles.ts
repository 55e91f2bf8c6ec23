// Tile positions for the force-area cartogram: one equal tile per police force area, laid out
// roughly as the areas lie on the map (column, row). No external map data.
export const FORCE_TILES: Record<string, [col: number, row: number]> = {
  "police-scotland": [3, 0],
  psni: [0, 1],
  northumbria: [4, 1],
  cumbria: [3, 2],
  durham: [4, 2],
  cleveland: [5, 2],
  lancashire: [2, 3],
  "north-yorkshire": [4, 3],
  humberside: [5, 3],
  merseyside: [1, 4],
  "greater-manchester": [2, 4],
  "west-yorkshire": [3, 4],
  "south-yorkshire": [4, 4],
  lincolnshire: [5, 4],
  "north-wales": [0, 5],
  cheshire: [1, 5],
  derbyshire: [2, 5],
  nottinghamshire: [3, 5],
  leicestershire: [4, 5],
  norfolk: [6, 5],
  "dyfed-powys": [0, 6],
  staffordshire: [1, 6],
  "west-midlands": [2, 6],
  warwickshire: [3, 6],
  northamptonshire: [4, 6],
  cambridgeshire: [5, 6],
  suffolk: [6, 6],
  "south-wales": [0, 7],
  gwent: [1, 7],
  "west-mercia": [2, 7],
  gloucestershire: [3, 7],
  "thames-valley": [4, 7],
  bedfordshire: [5, 7],
  hertfordshire: [6, 7],
  essex: [7, 7],
  "avon-and-somerset": [2, 8],
  wiltshire: [3, 8],
  hampshire: [4, 8],
  metropolitan: [5, 8],
  "city-of-london": [6, 8],
  kent: [7, 8],
  "devon-and-cornwall": [1, 9],
  dorset: [2, 9],
  surrey: [5, 9],
  sussex: [6, 9],
};

/** The most characters a line of a tile's label holds (80 px tiles, 11 px text). */
export const TILE_LINE_CHARS = 13;

/**
 * A force area's name shortened to fit its tile, by one stable rule, so that no label is cut off
 * ("ottinghamshi"): the two long official names by their usual short forms, "and" as "&", and a
 * word too long for a line cut back — a "-shire" county to its stem ("Nottingham."), anything else
 * to the line's length with a full stop. The full name is the tile's accessible name, shows on
 * focus and hover, and is in the table.
 */
export function tileLabel(name: string): string {
  const short: Record<string, string> = {
    "Metropolitan Police": "Met",
    "Police Service of Northern Ireland": "PSNI",
  };
  if (short[name]) return short[name];
  return name
    .replace(/ and /g, " & ")
    .split(" ")
    .map((w) =>
      w.length <= TILE_LINE_CHARS
        ? w
        : /shire$/i.test(w) && w.length - 5 < TILE_LINE_CHARS
          ? `${w.slice(0, -5)}.`
          : `${w.slice(0, TILE_LINE_CHARS - 1)}.`,
    )
    .join(" ");
}

/** The label's lines as the tile wraps it (greedy, at spaces), for checking that it fits. */
export function tileLines(label: string, width = TILE_LINE_CHARS): string[] {
  const lines: string[] = [];
  for (const word of label.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

// Tile positions for the force-area cartogram: one equal tile per police force area, laid out
// roughly as the areas lie on the map (column, row). No external map data.
export const FORCE_TILES: Record<string, [col: number, row: number]> = {
  "police-scotland": [3, 0],
  psni: [0, 1], northumbria: [4, 1],
  cumbria: [3, 2], durham: [4, 2], cleveland: [5, 2],
  lancashire: [2, 3], "north-yorkshire": [4, 3], humberside: [5, 3],
  merseyside: [1, 4], "greater-manchester": [2, 4], "west-yorkshire": [3, 4], "south-yorkshire": [4, 4], lincolnshire: [5, 4],
  "north-wales": [0, 5], cheshire: [1, 5], derbyshire: [2, 5], nottinghamshire: [3, 5], leicestershire: [4, 5], norfolk: [6, 5],
  "dyfed-powys": [0, 6], staffordshire: [1, 6], "west-midlands": [2, 6], warwickshire: [3, 6], northamptonshire: [4, 6], cambridgeshire: [5, 6], suffolk: [6, 6],
  "south-wales": [0, 7], gwent: [1, 7], "west-mercia": [2, 7], gloucestershire: [3, 7], "thames-valley": [4, 7], bedfordshire: [5, 7], hertfordshire: [6, 7], essex: [7, 7],
  "avon-and-somerset": [2, 8], wiltshire: [3, 8], hampshire: [4, 8], metropolitan: [5, 8], "city-of-london": [6, 8], kent: [7, 8],
  "devon-and-cornwall": [1, 9], dorset: [2, 9], surrey: [5, 9], sussex: [6, 9],
};

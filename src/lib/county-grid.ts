/**
 * Norway's 15 counties (2024) as a tile grid: one square per county, placed roughly where it lies,
 * north at the top. Drawn at build time; no map tiles, no external data.
 */
export const COUNTY_TILES: Record<string, { col: number; row: number }> = {
  '56': { col: 4, row: 0 }, // Finnmark
  '55': { col: 3, row: 0 }, // Troms
  '18': { col: 2, row: 1 }, // Nordland
  '50': { col: 2, row: 2 }, // Trøndelag
  '15': { col: 1, row: 3 }, // Møre og Romsdal
  '34': { col: 2, row: 3 }, // Innlandet
  '46': { col: 0, row: 4 }, // Vestland
  '33': { col: 1, row: 4 }, // Buskerud
  '03': { col: 2, row: 4 }, // Oslo
  '32': { col: 3, row: 4 }, // Akershus
  '11': { col: 0, row: 5 }, // Rogaland
  '40': { col: 1, row: 5 }, // Telemark
  '39': { col: 2, row: 5 }, // Vestfold
  '31': { col: 3, row: 5 }, // Østfold
  '42': { col: 1, row: 6 }, // Agder
};

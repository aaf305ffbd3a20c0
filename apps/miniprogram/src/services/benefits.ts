/**
 * The catalogue states a region in words (全省, 济南市, 济南市、青岛市). The API has no city filter yet,
 * so the list is filtered here: an entry for the whole province applies in every city.
 */
export function inCity(region: string, city: string | undefined): boolean {
  if (!city) return true;
  if (region.includes('全省') || region.includes('山东省')) return true;
  const short = city.replace(/市$/, '');
  return region.includes(short);
}

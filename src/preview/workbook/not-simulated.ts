/**
 * The error for anything the preview does not simulate: it names the missing piece, so nothing fails silently.
 *
 * @example
 * throw notSimulated("Excel.Range.merge"); // Error: Preview does not simulate Excel.Range.merge
 */
export function notSimulated(what: string): Error {
  const error = new Error(`Preview does not simulate ${what}`);
  error.name = "NotSimulatedError";
  return error;
}

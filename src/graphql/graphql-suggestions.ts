/**
 * graphql-js appends " Did you mean "batch" or "batches"?" to validation and coercion errors
 * (its didYouMean helper: field, argument, type, input-field and enum-value names). In production
 * that lets a caller map a schema whose introspection is off, so the suggestion is cut off there.
 * Names inside the quotes are GraphQL names, which never contain a quote or a question mark.
 */
const SUGGESTION = / Did you mean (?:[a-z ]+ )?"[^"]*"(?:(?:, |,? or )"[^"]*")*\?/g;

export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

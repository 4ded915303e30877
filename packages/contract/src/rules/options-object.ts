/**
 * The messages of an option bag that is missing or not an object, such as `createUser('alice')`.
 */
export const optionsObject = {
  required_error: 'the options object is required',
  invalid_type_error: 'the options must be an object, such as { name: "alice" }',
} as const;

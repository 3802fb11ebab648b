/** The schema value generator now lives with the pipeline's values (the dry run uses it too). */
export { generateFromSchema, type JsonSchema } from '../../pipeline/values/schema-sample.js';

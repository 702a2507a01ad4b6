/**
 * The mark vncite's own pages carry (the view, annotated documents): the folder walk knows them by
 * it and does not read them back as documents of the corpus they were made from.
 */
export const GENERATOR_META = '<meta name="generator" content="vncite">';

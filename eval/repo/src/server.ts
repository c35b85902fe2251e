// The evaluation repository's only source file: it exists so that `src/` exists.
export const port = Number(process.env.PORT ?? 3000);

// What an authorization matrix records for one call: "ok", or the AppError code it threw.
export type Outcome = "ok" | "NOT_FOUND" | "FORBIDDEN";

export async function outcome(run: () => Promise<unknown>): Promise<Outcome | string> {
  try {
    await run();
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

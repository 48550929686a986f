import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countingProxy, type StatementCounter } from "@/bench/queries";

// The bench's SQL budget (statements per page and per post) rests on this count being exact.
describe("the bench's statement-counting proxy", () => {
  let counter: StatementCounter;
  let client: pg.Client;
  beforeAll(async () => {
    counter = await countingProxy(process.env.DATABASE_URL!);
    client = new pg.Client({ connectionString: counter.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end().catch(() => undefined);
    await counter.close();
  });

  const counted = async (work: () => Promise<unknown>) => {
    const before = counter.count();
    await work();
    return counter.count() - before;
  };

  it("counts a simple query and a parameterised one as one statement each", async () => {
    expect(await counted(() => client.query("SELECT 1"))).toBe(1);
    expect(await counted(() => client.query("SELECT $1::int AS n", [2]))).toBe(1);
  });

  it("counts BEGIN and COMMIT around a transaction's statements", async () => {
    expect(
      await counted(async () => {
        await client.query("BEGIN");
        await client.query("SELECT $1::text", ["a"]);
        await client.query("SELECT $1::text", ["b"]);
        await client.query("COMMIT");
      }),
    ).toBe(4);
  });

  it("counts a statement whose message spans many network chunks once", async () => {
    const big = "x".repeat(500_000);
    const { rows } = await client.query<{ length: number }>("SELECT length($1::text) AS length", [big]);
    expect(rows[0]!.length).toBe(big.length);
    expect(await counted(() => client.query("SELECT length($1::text)", [big]))).toBe(1);
  });
});

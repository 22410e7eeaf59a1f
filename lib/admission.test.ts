import { describe, expect, it } from "vitest";
import { admissionSettings, createGate, laneOf } from "./admission";

describe("request lanes", () => {
  it("lets saves, sign-ins and static files through, queues pages, and gives exports their own lane", () => {
    expect(laneOf("POST", "/positions/s1/edit")).toBe("direct");
    expect(laneOf("POST", "/sign-in")).toBe("direct");
    expect(laneOf("GET", "/_next/static/chunks/a.js")).toBe("direct");
    expect(laneOf("GET", "/positions?q=cyber")).toBe("page");
    expect(laneOf("HEAD", "/")).toBe("page");
    expect(laneOf("GET", "/api/positions?limit=5")).toBe("page");
    expect(laneOf("GET", "/api/positions/export?format=csv")).toBe("stream");
    expect(laneOf("GET", "/import/export")).toBe("stream");
  });
});

describe("admission gate", () => {
  it("runs at most `limit` at once and the rest in arrival order", async () => {
    const gate = createGate(2, 10);
    const order: string[] = [];
    const a = await gate.enter();
    const b = await gate.enter();
    const entered = (name: string) => (release: (() => void) | null) => {
      order.push(name);
      return release;
    };
    const c = gate.enter().then(entered("c"));
    const d = gate.enter().then(entered("d"));
    expect(gate.running).toBe(2);
    expect(gate.waiting).toBe(2);
    a?.();
    a?.(); // releasing twice frees one turn only
    const releaseC = await c;
    expect(order).toEqual(["c"]);
    expect(gate.waiting).toBe(1);
    b?.();
    const releaseD = await d;
    expect(order).toEqual(["c", "d"]);
    releaseC?.();
    releaseD?.();
    expect(gate.running).toBe(0);
    expect(gate.waiting).toBe(0);
  });

  it("refuses entry when the queue is full instead of growing without bound", async () => {
    const gate = createGate(1, 1);
    await gate.enter();
    void gate.enter();
    await expect(gate.enter()).resolves.toBeNull();
  });

  it("reads SERVER_CONCURRENCY and refuses a nonsense value", () => {
    expect(admissionSettings({}).pages).toBe(3);
    expect(admissionSettings({ SERVER_CONCURRENCY: "8" }).pages).toBe(8);
    expect(() => admissionSettings({ SERVER_CONCURRENCY: "0" })).toThrow(/SERVER_CONCURRENCY/);
    expect(() => admissionSettings({ SERVER_CONCURRENCY: "lots" })).toThrow(/SERVER_CONCURRENCY/);
  });
});

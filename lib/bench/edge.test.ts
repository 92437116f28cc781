import { describe, expect, it } from "vitest";
import { parseWrk } from "./edge";

const REPORT = `Running 10s test @ http://localhost:8180/initiatives/library-opening-hours-demo
  1 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    10.12ms   12.40ms 210.55ms   93.11%
    Req/Sec     5.20k   610.21     6.01k    80.00%
  Latency Distribution
     50%    8.46ms
     75%   10.02ms
     90%   14.70ms
     99%    1.20s
  51817 requests in 10.01s, 1.07GB read
  Socket errors: connect 0, read 2, write 0, timeout 3
  Non-2xx or 3xx responses: 4
Requests/sec:   5176.45
Transfer/sec:    109.52MB
`;

describe("reading wrk's report", () => {
  it("takes requests per second, the latency percentiles in ms, and every kind of error", () => {
    expect(parseWrk(REPORT)).toEqual({ perSecond: 5176, p50Ms: 8.46, p99Ms: 1200, requests: 51817, errors: 5, non2xx: 4 });
  });

  it("a clean run has no errors", () => {
    const clean = REPORT.replace(/ {2}Socket errors.*\n/, "").replace(/ {2}Non-2xx.*\n/, "");
    expect(parseWrk(clean)).toMatchObject({ errors: 0, non2xx: 0 });
  });
});

/**
 * Node's options for the production server, the same for `npm start` (scripts/serve.ts) and for the tests and the
 * bench (tests/helpers/server.ts). A page render allocates many short-lived objects: a larger young generation
 * (`--max-semi-space-size`, MB) makes the garbage collector run less often (it took 15–25 % of the CPU under the
 * bench), and a bounded old generation (`--max-old-space-size`, MB) keeps resident memory within its budget
 * (600 MB under the bench's load) instead of letting the heap grow because the machine has memory to spare.
 */
export const serverNodeOptions = ['--max-semi-space-size=32', '--max-old-space-size=384']

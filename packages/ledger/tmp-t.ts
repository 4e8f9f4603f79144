import { runThroughput } from './bench/run-throughput.js';
const r = runThroughput(400000, 10000);
console.log(Math.round(r.postingsPerSecond), r.postMs.toFixed(0));

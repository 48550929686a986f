// Preloaded into the server by bench/profile.ts (NODE_OPTIONS=--require; --cpu-prof is not allowed
// there): the first SIGUSR2 starts V8's CPU profiler, the second writes <dir>/<pid>.cpuprofile.
const fs = require("node:fs");
const path = require("node:path");
const inspector = require("node:inspector");

const dir = process.env.PROFILE_DIR ?? "/tmp/margin-profile";
let session;
process.on("SIGUSR2", () => {
  if (!session) {
    session = new inspector.Session();
    session.connect();
    session.post("Profiler.enable", () => session.post("Profiler.setSamplingInterval", { interval: 500 }, () => session.post("Profiler.start")));
    return;
  }
  session.post("Profiler.stop", (error, result) => {
    if (!error) fs.writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    session.disconnect();
    session = undefined;
  });
});

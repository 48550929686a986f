// Preloaded into the server by bench/profile.ts (NODE_OPTIONS=--import; --cpu-prof is not allowed
// there): the first SIGUSR2 starts V8's CPU profiler, the second writes <dir>/<pid>.cpuprofile.
import fs from "node:fs";
import inspector from "node:inspector";
import path from "node:path";

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

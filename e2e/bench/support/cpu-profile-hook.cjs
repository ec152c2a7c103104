/*
 * Loaded with `node --require` (NODE_OPTIONS) by bench:profile: V8's sampling
 * profiler for the whole life of the process, written to WAYMARK_PROFILE_DIR
 * as <pid>.cpuprofile when it exits. (NODE_OPTIONS may not carry --cpu-prof.)
 * The in-process inspector session answers synchronously, so this works from
 * the 'exit' event.
 */
const fs = require("node:fs");
const path = require("node:path");
const inspector = require("node:inspector");

const folder = process.env.WAYMARK_PROFILE_DIR;
if (folder) {
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 200 });
  session.post("Profiler.start");
  process.on("exit", () => {
    session.post("Profiler.stop", (error, result) => {
      if (!error) fs.writeFileSync(path.join(folder, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}

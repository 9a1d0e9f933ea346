// `node wait-ready.mjs <url> <seconds>`: polls GET /readyz over h2c until it answers 200.
import { connect } from "node:http2";

const [url, seconds = "30"] = process.argv.slice(2);
const deadline = Date.now() + Number(seconds) * 1000;
const session = connect(url);
session.on("error", (error) => {
  console.error(`wait-ready: ${error.message}`);
  process.exit(1);
});
for (;;) {
  const status = await new Promise((resolve) => {
    const request = session.request({ ":path": "/readyz" });
    request.on("response", (headers) => resolve(headers[":status"]));
    request.on("error", () => resolve(0));
    request.resume();
    request.end();
  });
  if (status === 200) break;
  if (Date.now() > deadline) {
    console.error(`wait-ready: GET /readyz still answers ${status} after ${seconds} s`);
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}
session.close();

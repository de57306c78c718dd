// node e2e/harness_check.mjs: the harness reads back the pixels Chromium drew (two known colours,
// the whole page and a clip), so that pixel tests of views can trust it. One JSON line.
import { launch, pixels, report } from "./harness.mjs";

const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 40, height: 20 } });
  await page.setContent('<body style="margin:0"><div style="width:20px;height:20px;background:rgb(200,10,30);float:left"></div>'
    + '<div style="width:20px;height:20px;background:rgb(0,0,255);float:left"></div></body>');
  const whole = await pixels(page);
  const clip = await pixels(page, { x: 20, y: 0, width: 10, height: 10 });
  report({ size: [whole.width, whole.height], left: whole.at(5, 5), right: whole.at(30, 10), clip: [clip.width, clip.at(0, 0)] });
} finally {
  await browser.close();
}

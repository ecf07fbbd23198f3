// Bench-only baseline for the timer repaint: what changing four text nodes once a second costs
// this browser on this machine, with nothing else on the page.
const nodes = [1, 2, 3, 4].map((i) => document.getElementById(`d${i}`)!.firstChild as Text);
let n = 0;
function tick(): void {
  n += 1;
  nodes.forEach((node, i) => (node.data = String(n + i + 1).padStart(5, '0')));
  setTimeout(tick, 1000 - (Date.now() % 1000));
}
tick();

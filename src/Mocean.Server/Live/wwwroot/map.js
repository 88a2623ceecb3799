// The live ocean's drawing: the sea floor, whales, treasures and players on one canvas, y growing
// upwards as in the game. live.js owns the state and calls draw() once per animation frame.
'use strict';
window.moceanMap = (canvas, state, where) => {
  const ctx = canvas.getContext('2d');
  const view = { side: 0, scale: 1, left: 0, top: 0 };

  // ----- the sea floor: a depth grid per seed, painted once into an offscreen canvas -----
  const sand = [235, 225, 170], teal = [70, 160, 170], floorBlue = [25, 75, 140], abyss = [5, 12, 35];
  const mix = (a, b, t) => a.map((v, i) => Math.round(v + (b[i] - v) * Math.min(1, Math.max(0, t))));
  function depthColour(depth, floorDepth, trenchDepth) {
    const half = floorDepth / 2;
    if (depth <= half) return mix(sand, teal, depth / half);
    if (depth <= floorDepth) return mix(teal, floorBlue, (depth - half) / half);
    return mix(floorBlue, abyss, (depth - floorDepth) / (trenchDepth - floorDepth));
  }

  function floorImage(floor) {
    const image = document.createElement('canvas');
    image.width = floor.columns;
    image.height = floor.rows;
    const pixels = image.getContext('2d').createImageData(floor.columns, floor.rows);
    for (let row = 0; row < floor.rows; row++) {
      for (let column = 0; column < floor.columns; column++) {
        const [r, g, b] = depthColour(floor.depths[row * floor.columns + column] / 10, floor.floorDepth, floor.trenchDepth);
        const at = ((floor.rows - 1 - row) * floor.columns + column) * 4; // y grows upwards on the map
        pixels.data.set([r, g, b, 255], at);
      }
    }
    image.getContext('2d').putImageData(pixels, 0, 0);
    return image;
  }

  function toCanvas(x, y) {
    return [view.left + x * view.scale, view.top + (state.height - y) * view.scale];
  }
  function layout() {
    const ratio = window.devicePixelRatio || 1;
    const w = Math.round(canvas.clientWidth * ratio), h = Math.round(canvas.clientHeight * ratio);
    if (canvas.width !== w || canvas.height !== h) { canvas.width = w; canvas.height = h; }
    view.side = Math.min(w, h);
    view.scale = view.side / Math.max(state.width, state.height);
    view.left = (w - state.width * view.scale) / 2;
    view.top = (h - state.height * view.scale) / 2;
  }
  function colourOf(name) { // a bright colour per name, never the sea's own blues
    let hash = 0;
    for (const c of name) hash = (hash * 31 + c.charCodeAt(0)) % 250;
    const hue = hash < 170 ? hash : hash + 110;
    return `hsl(${hue}, 90%, 62%)`;
  }
  function label(text, x, y, colour) {
    ctx.font = `${Math.max(11, Math.round(12 * view.scale))}px system-ui, sans-serif`;
    ctx.lineWidth = 3;
    ctx.lineJoin = 'round';
    ctx.strokeStyle = 'rgba(0, 8, 20, 0.85)';
    ctx.strokeText(text, x, y);
    ctx.fillStyle = colour;
    ctx.fillText(text, x, y);
  }
  function drawGrid(g) {
    g.strokeStyle = 'rgba(255, 255, 255, 0.12)';
    g.lineWidth = 1;
    g.fillStyle = 'rgba(255, 255, 255, 0.45)';
    g.font = '10px system-ui, sans-serif';
    for (let v = 0; v <= state.width; v += 100) {
      const [x, top] = toCanvas(v, state.height), [, bottom] = toCanvas(v, 0);
      g.beginPath(); g.moveTo(x, top); g.lineTo(x, bottom); g.stroke();
      g.fillText(String(v), x + 2, bottom - 3);
    }
    for (let v = 100; v <= state.height; v += 100) {
      const [left, y] = toCanvas(0, v), [right] = toCanvas(state.width, v);
      g.beginPath(); g.moveTo(left, y); g.lineTo(right, y); g.stroke();
      g.fillText(String(v), left + 2, y + 11);
    }
  }
  function drawWhale(w, now) {
    const { x, y } = where(w, now);
    const [cx, cy] = toCanvas(x, y);
    const s = Math.max(6, 9 * view.scale);
    ctx.fillStyle = '#d8e4ee';
    ctx.beginPath(); ctx.ellipse(cx, cy, s * 1.6, s * 0.8, 0, 0, Math.PI * 2); ctx.fill();
    ctx.beginPath(); ctx.moveTo(cx - s * 1.4, cy); ctx.lineTo(cx - s * 2.4, cy - s * 0.8); ctx.lineTo(cx - s * 2.4, cy + s * 0.8); ctx.fill();
    label(w.name, cx - s * 1.6, cy - s * 1.2, '#d8e4ee');
  }
  function drawTreasure(t) {
    const [cx, cy] = toCanvas(t.x, t.y);
    const s = Math.max(5, 6 * view.scale);
    ctx.fillStyle = '#f5b800';
    ctx.beginPath(); ctx.moveTo(cx, cy - s); ctx.lineTo(cx + s, cy); ctx.lineTo(cx, cy + s); ctx.lineTo(cx - s, cy); ctx.closePath(); ctx.fill();
    label(t.name, cx + s + 2, cy + 4, '#ffd966');
  }
  function drawPlayer(p, now) {
    const { x, y } = where(p, now);
    const [cx, cy] = toCanvas(x, y);
    const s = Math.max(7, 9 * view.scale);
    const colour = colourOf(p.name);
    if (p.z > 0.05) { // a diver: a ring that darkens with depth
      const dark = Math.min(1, p.z / 50);
      ctx.strokeStyle = `rgba(0, 10, 40, ${0.35 + 0.6 * dark})`;
      ctx.lineWidth = 3 + 3 * dark;
      ctx.beginPath(); ctx.arc(cx, cy, s * 1.35, 0, Math.PI * 2); ctx.stroke();
    }
    ctx.save();
    ctx.translate(cx, cy);
    ctx.rotate(-p.heading); // headings turn counter-clockwise with y up; the canvas's y points down
    ctx.fillStyle = colour;
    ctx.beginPath(); ctx.moveTo(s, 0); ctx.lineTo(-s * 0.7, -s * 0.65); ctx.lineTo(-s * 0.35, 0); ctx.lineTo(-s * 0.7, s * 0.65); ctx.closePath(); ctx.fill();
    ctx.restore();
    label(p.name, cx + s + 3, cy - 2, colour);
    if (p.z > 0.05) label(`${Math.round(p.z)} m`, cx + s + 3, cy + 12, '#b8d4f0');
    if (p.whale) label(`on ${p.whale}`, cx + s + 3, cy + (p.z > 0.05 ? 26 : 12), '#d8e4ee');
  }
  // The background (floor and grid) changes only with the seed or the window's size: painted once
  // into a canvas of the screen's size, then copied pixel for pixel every frame.
  const background = document.createElement('canvas');
  let backgroundOf = null;
  function paintBackground() {
    background.width = canvas.width;
    background.height = canvas.height;
    const g = background.getContext('2d');
    g.fillStyle = '#041020';
    g.fillRect(0, 0, canvas.width, canvas.height);
    if (state.floorImage) {
      g.imageSmoothingEnabled = true;
      const [left, top] = toCanvas(0, state.height);
      g.drawImage(state.floorImage, left, top, state.width * view.scale, state.height * view.scale);
    }
    drawGrid(g);
  }
  function draw(now) {
    layout();
    if (backgroundOf !== state.floorImage || background.width !== canvas.width || background.height !== canvas.height) {
      paintBackground();
      backgroundOf = state.floorImage;
    }
    ctx.drawImage(background, 0, 0);
    for (const t of state.treasures) drawTreasure(t);
    for (const w of state.whales.values()) drawWhale(w, now);
    for (const p of state.players.values()) drawPlayer(p, now);
    if (state.paused) label('paused', view.left + 12, view.top + 28, '#ffd34d');
  }

  return { view, toCanvas, colourOf, floorImage, draw };
};

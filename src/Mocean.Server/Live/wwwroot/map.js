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
  // ----- labels: collected while the markers are drawn, then placed at the end of the frame inside the
  // map and clear of each other and of the markers: beside the marker on the right, else left, above or below
  // (the side a label had last frame is tried first, so labels do not jump about) -----
  let requests = [], marks = [];
  const sideOf = new Map();
  const fontSize = () => Math.max(11, Math.round(12 * view.scale));
  function label(key, lines, cx, cy, r, colours) {
    requests.push({ key, lines, cx, cy, r, colours });
  }
  function mark(cx, cy, r) { marks.push({ x: cx - r, y: cy - r, w: 2 * r, h: 2 * r }); }
  const overlap = (a, b) => Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
  // Where a label may go: right of its marker, left, above, below; then ever further up and down on either
  // side (for a crowd), each keyed by a name so a label keeps its place from frame to frame.
  function candidates(q, w, h) {
    const gap = 3, right = q.cx + q.r + gap, left = q.cx - q.r - gap - w, middle = q.cy - h / 2;
    const places = [
      ['right', right, middle], ['left', left, middle],
      ['above', q.cx - w / 2, q.cy - q.r - gap - h], ['below', q.cx - w / 2, q.cy + q.r + gap],
    ];
    for (let k = 1; k <= 8; k++) {
      const step = k * (h + 2);
      places.push([`right-${k}`, right, middle - step], [`right+${k}`, right, middle + step],
        [`left-${k}`, left, middle - step], [`left+${k}`, left, middle + step]);
    }
    return places;
  }
  function placeLabels() {
    const size = fontSize(), lineHeight = Math.round(size * 1.2);
    ctx.font = `${size}px system-ui, sans-serif`;
    const bounds = { x: Math.max(0, view.left), y: Math.max(0, view.top), w: Math.min(canvas.width, view.side), h: Math.min(canvas.height, view.side) };
    const taken = [...marks], placed = [];
    for (const q of requests) {
      const w = Math.ceil(Math.max(...q.lines.map(line => ctx.measureText(line).width))) + 4, h = lineHeight * q.lines.length;
      const places = candidates(q, w, h), previous = sideOf.get(q.key);
      places.sort((a, b) => (b[0] === previous) - (a[0] === previous));
      let best = null;
      for (const [side, x, y] of places) {
        const box = { x: Math.min(Math.max(x, bounds.x), bounds.x + bounds.w - w), y: Math.min(Math.max(y, bounds.y), bounds.y + bounds.h - h), w, h };
        const covered = taken.reduce((sum, other) => sum + overlap(box, other), 0);
        if (!best || covered < best.covered) best = { side, box, covered };
        if (covered === 0) break;
      }
      sideOf.set(q.key, best.side);
      taken.push(best.box);
      const [nx, ny] = [Math.min(Math.max(q.cx, best.box.x), best.box.x + w), Math.min(Math.max(q.cy, best.box.y), best.box.y + h)];
      if (Math.hypot(nx - q.cx, ny - q.cy) > q.r + 6) { // a label moved away from a crowd: a thin line to its marker
        ctx.strokeStyle = q.colours[0];
        ctx.globalAlpha = 0.6;
        ctx.lineWidth = 1;
        ctx.beginPath(); ctx.moveTo(q.cx, q.cy); ctx.lineTo(nx, ny); ctx.stroke();
        ctx.globalAlpha = 1;
      }
      placed.push({ text: q.lines.join(' '), ...best.box });
      ctx.lineWidth = 3;
      ctx.lineJoin = 'round';
      ctx.strokeStyle = 'rgba(0, 8, 20, 0.85)';
      ctx.textBaseline = 'middle';
      q.lines.forEach((line, i) => {
        const y = best.box.y + lineHeight * (i + 0.5);
        ctx.strokeText(line, best.box.x + 2, y);
        ctx.fillStyle = q.colours[i];
        ctx.fillText(line, best.box.x + 2, y);
      });
      ctx.textBaseline = 'alphabetic';
    }
    requests = [];
    marks = [];
    return placed;
  }
  function drawGrid(g) {
    g.strokeStyle = 'rgba(255, 255, 255, 0.12)';
    g.lineWidth = 1;
    g.fillStyle = 'rgba(255, 255, 255, 0.45)';
    g.font = '10px system-ui, sans-serif';
    for (let v = 0; v <= state.width; v += 100) {
      const [x, top] = toCanvas(v, state.height), [, bottom] = toCanvas(v, 0);
      g.beginPath(); g.moveTo(x, top); g.lineTo(x, bottom); g.stroke();
      const last = v + 100 > state.width; // its number goes left of the line, inside the map
      g.textAlign = last ? 'right' : 'left';
      g.fillText(String(v), last ? x - 2 : x + 2, bottom - 3);
      g.textAlign = 'left';
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
    mark(cx - s * 0.4, cy, s * 2);
    label(`whale ${w.name}`, [w.name], cx - s * 0.4, cy, s * 2, ['#d8e4ee']);
  }
  function drawTreasure(t) {
    const [cx, cy] = toCanvas(t.x, t.y);
    const s = Math.max(5, 6 * view.scale);
    ctx.fillStyle = '#f5b800';
    ctx.beginPath(); ctx.moveTo(cx, cy - s); ctx.lineTo(cx + s, cy); ctx.lineTo(cx, cy + s); ctx.lineTo(cx - s, cy); ctx.closePath(); ctx.fill();
    mark(cx, cy, s);
    label(`treasure ${t.name}`, [t.name], cx, cy, s, ['#ffd966']);
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
    const lines = state.hidden ? [] : [p.name], colours = state.hidden ? [] : [colour];
    if (p.z > 0.05) { lines.push(`${Math.round(p.z)} m`); colours.push('#b8d4f0'); }
    if (p.whale) { lines.push(`on ${p.whale}`); colours.push('#d8e4ee'); }
    mark(cx, cy, s * 1.35);
    if (lines.length) label(`player ${p.name}`, lines, cx, cy, s * 1.35, colours);
  }
  function drawBeacon(b, now) { // a red ring that pulses where a crewmate was tagged
    const [cx, cy] = toCanvas(b.x, b.y);
    const s = Math.max(8, 10 * view.scale) * (1 + 0.15 * Math.sin(now / 200));
    ctx.strokeStyle = '#ff4d4d';
    ctx.lineWidth = 3;
    ctx.beginPath(); ctx.arc(cx, cy, s, 0, Math.PI * 2); ctx.stroke();
    ctx.beginPath(); ctx.moveTo(cx - s / 2, cy - s / 2); ctx.lineTo(cx + s / 2, cy + s / 2);
    ctx.moveTo(cx + s / 2, cy - s / 2); ctx.lineTo(cx - s / 2, cy + s / 2); ctx.stroke();
    mark(cx, cy, s);
    label(`beacon ${b.name}`, [`beacon ${b.name}`], cx, cy, s, ['#ff8a7a']);
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
  // Nothing is drawn until the sea floor is there, so the first frame shows the floor with everything on it.
  function draw(now) {
    layout();
    if (!state.floorImage && !state.floorMissing) return false;
    if (backgroundOf !== state.floorImage || background.width !== canvas.width || background.height !== canvas.height) {
      paintBackground();
      backgroundOf = state.floorImage;
    }
    ctx.drawImage(background, 0, 0);
    for (const t of state.treasures) drawTreasure(t);
    for (const w of state.whales.values()) drawWhale(w, now);
    for (const b of (state.round && state.round.beacons) || []) drawBeacon(b, now);
    for (const p of state.players.values()) drawPlayer(p, now);
    requests.sort((a, b) => rank(a.key) - rank(b.key)); // players' names first, then whales', then treasures'
    state.labels = placeLabels();
    if (state.round && state.round.storm) { // a storm: the sea darkens (sight drops to 5)
      ctx.fillStyle = 'rgba(20, 20, 40, 0.45)';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
    }
    if (state.paused) {
      ctx.font = `bold ${fontSize() + 4}px system-ui, sans-serif`;
      ctx.fillStyle = '#ffd34d';
      ctx.fillText('paused', view.left + 12, view.top + 28);
    }
    return true;
  }
  const rank = key => (key.startsWith('player') ? 0 : key.startsWith('beacon') ? 1 : key.startsWith('whale') ? 2 : 3);

  return { view, toCanvas, colourOf, floorImage, draw };
};

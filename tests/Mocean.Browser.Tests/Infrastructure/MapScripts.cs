namespace Mocean.Browser.Tests.Infrastructure;

/// <summary>Scripts run in the page to read the map's canvas (pixels) and the state it exposes as <c>window.moceanLive</c>.</summary>
public static class MapScripts
{
    /// <summary>Brightness (0-765, r+g+b) of the canvas pixel drawn for ocean point [x, y].</summary>
    public const string Brightness = """
        ([x, y]) => {
          const [cx, cy] = window.moceanLive.toCanvas(x, y);
          const [r, g, b] = document.getElementById('map').getContext('2d').getImageData(Math.round(cx), Math.round(cy), 1, 1).data;
          return r + g + b;
        }
        """;

    public const string MarkerPixels = """
        name => {
          const live = window.moceanLive;
          const place = live.positionOf(name);
          if (!place) return -1;
          const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
          probe.fillStyle = live.colourOf(name);
          probe.fillRect(0, 0, 1, 1);
          const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
          const [cx, cy] = live.toCanvas(place.x, place.y);
          const box = document.getElementById('map').getContext('2d').getImageData(Math.round(cx) - 15, Math.round(cy) - 15, 30, 30).data;
          let count = 0;
          for (let i = 0; i < box.length; i += 4) {
            if (Math.abs(box[i] - r) + Math.abs(box[i + 1] - g) + Math.abs(box[i + 2] - b) < 24) count++;
          }
          return count;
        }
        """;

    /// <summary>Pixels of the treasure colour (#f5b800) around each of the ocean points [[x, y], ...], summed.</summary>
    public const string TreasurePixels = """
        points => {
          let count = 0;
          for (const [x, y] of points) {
            const [cx, cy] = window.moceanLive.toCanvas(x, y);
            const box = document.getElementById('map').getContext('2d').getImageData(Math.round(cx) - 8, Math.round(cy) - 8, 16, 16).data;
            for (let i = 0; i < box.length; i += 4) {
              if (Math.abs(box[i] - 245) + Math.abs(box[i + 1] - 184) + Math.abs(box[i + 2]) < 24) count++;
            }
          }
          return count;
        }
        """;

    /// <summary>
    /// Runs before the page's scripts: after every animation frame until the first one that draws on the map (a canvas
    /// not drawn on is transparent), it reads the canvas and keeps that frame's share of bright pixels (r+g+b above 200:
    /// the sand, teal and blue of the floor; the empty sea and the grid are darker) in <c>window.firstFrame</c>.
    /// </summary>
    public const string FirstFrame = """
        (() => {
          const raf = window.requestAnimationFrame.bind(window);
          window.requestAnimationFrame = callback => raf(time => {
            callback(time);
            const canvas = document.getElementById('map');
            if (window.firstFrame || !canvas || !canvas.width) return;
            const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let drawn = 0, bright = 0;
            for (let i = 0; i < data.length; i += 4) {
              if (data[i + 3] > 0) drawn++;
              if (data[i] + data[i + 1] + data[i + 2] > 200) bright++;
            }
            if (drawn > 0) window.firstFrame = { floor: bright / (data.length / 4), at: performance.now() };
          });
        })();
        """;

    /// <summary>Frames drawn (requestAnimationFrame callbacks) so far.</summary>
    public const string Frames = "() => window.moceanLive.state.frames";
}

/**
 * The diagram in VS Code's four default colour themes: the page draws with the theme's own colour
 * variables (VSCODE_THEME), resolved here with the colours VS Code 1.139 gives them in Default Light
 * Modern, Default Dark Modern, Default High Contrast and Default High Contrast Light (its theme files
 * and colour registry). In each, the focus ring must not look like the error or warning colour, and
 * every text must stand out from the box it is drawn on. The exported file's own themes are checked
 * the same way.
 */
import * as assert from 'node:assert/strict';
import { DARK_THEME, LIGHT_THEME, VSCODE_THEME } from '../../src/core/diagram';
import type { DiagramTheme } from '../../src/core/diagram';

type Palette = Record<string, string>;

/** The colours behind the variables the diagram uses (a colour with alpha already blended on the editor background). */
const PALETTES: Record<string, { highContrast: boolean; colours: Palette }> = {
  'Default Light Modern': {
    highContrast: false,
    colours: {
      'editor-background': '#ffffff', 'editor-foreground': '#3b3b3b', descriptionForeground: '#3b3b3b',
      'sideBar-background': '#f8f8f8', 'editorWidget-background': '#f8f8f8', 'editorLineNumber-foreground': '#6e7681',
      focusBorder: '#005fb8', 'list-errorForeground': '#b01011', 'list-warningForeground': '#855f00', 'editorError-foreground': '#e51400', 'editorWarning-foreground': '#bf8803', 'editorInfo-foreground': '#0063d3',
    },
  },
  'Default Dark Modern': {
    highContrast: false,
    colours: {
      'editor-background': '#1f1f1f', 'editor-foreground': '#cccccc', descriptionForeground: '#9d9d9d',
      'sideBar-background': '#181818', 'editorWidget-background': '#202020', 'editorLineNumber-foreground': '#6e7681',
      focusBorder: '#0078d4', 'list-errorForeground': '#f88070', 'list-warningForeground': '#cca700', 'editorError-foreground': '#f14c4c', 'editorWarning-foreground': '#cca700', 'editorInfo-foreground': '#59a4f9',
    },
  },
  'Default High Contrast': {
    highContrast: true,
    colours: {
      'editor-background': '#000000', 'editor-foreground': '#ffffff', descriptionForeground: '#b3b3b3',
      'sideBar-background': '#000000', 'editorWidget-background': '#0c141f', 'editorLineNumber-foreground': '#ffffff',
      focusBorder: '#f38518', 'editorError-foreground': '#f48771', 'editorWarning-foreground': '#ffd370', 'editorInfo-foreground': '#59a4f9',
    },
  },
  'Default High Contrast Light': {
    highContrast: true,
    colours: {
      'editor-background': '#ffffff', 'editor-foreground': '#292929', descriptionForeground: '#696969',
      'sideBar-background': '#ffffff', 'editorWidget-background': '#ffffff', 'editorLineNumber-foreground': '#292929',
      focusBorder: '#006bbd', 'editorError-foreground': '#b5200d', 'editorWarning-foreground': '#895503', 'editorInfo-foreground': '#0063d3',
    },
  },
};

/** A colour of the diagram's theme in a palette: `var(--vscode-X, fallback)` is the palette's X, else the fallback. */
function resolve(value: string, palette: Palette): string {
  const variable = /^var\(--vscode-([\w-]+)(?:,\s*(.*))?\)$/.exec(value.trim());
  if (!variable) return value;
  const colour = palette[variable[1]] ?? (variable[2] !== undefined ? resolve(variable[2], palette) : undefined);
  assert.ok(colour, `the palette has ${variable[1]}`);
  return colour;
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG relative luminance and contrast ratio. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = rgb(hex).map((c) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** Hue in degrees and lightness in percent (HSL). */
function hueAndLightness(hex: string): { hue: number; lightness: number; saturation: number } {
  const [r, g, b] = rgb(hex).map((c) => c / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = ((max + min) / 2) * 100;
  const d = max - min;
  if (d === 0) return { hue: 0, lightness, saturation: 0 };
  const hue = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { hue: (hue * 60 + 360) % 360, lightness, saturation: d / (1 - Math.abs(2 * lightness / 100 - 1)) };
}

/** Whether two colours are told apart at a glance: another hue (30° or more), or much lighter or darker, or one is grey. */
function distinct(a: string, b: string): boolean {
  const [x, y] = [hueAndLightness(a), hueAndLightness(b)];
  const hue = Math.min(Math.abs(x.hue - y.hue), 360 - Math.abs(x.hue - y.hue));
  return hue >= 30 || Math.abs(x.lightness - y.lightness) >= 25 || Math.min(x.saturation, y.saturation) < 0.15;
}

function check(name: string, theme: DiagramTheme, palette: Palette, highContrast: boolean): void {
  const c = (key: keyof DiagramTheme) => resolve(theme[key] as string, palette);
  const focus = highContrast && theme.focusHighContrast ? resolve(theme.focusHighContrast, palette) : c('focus');
  for (const severity of ['error', 'warning'] as const) {
    assert.ok(distinct(focus, c(severity)), `${name}: the focus ring (${focus}) looks like the ${severity} colour (${c(severity)})`);
  }
  for (const [text, on, least] of [
    ['foreground', 'nodeFill', 4.5], ['foreground', 'containerFill', 4.5], ['foreground', 'background', 4.5],
    ['muted', 'containerFill', 4.5], ['errorText', 'containerFill', 4.5], ['warningText', 'containerFill', 4.5], ['infoText', 'containerFill', 4.5],
    ['errorText', 'background', 4.5], ['warningText', 'background', 4.5], ['infoText', 'background', 4.5],
  ] as const) {
    const ratio = contrast(c(text), c(on));
    assert.ok(ratio >= least, `${name}: ${text} ${c(text)} on ${on} ${c(on)} has a contrast of ${ratio.toFixed(2)} (at least ${least})`);
  }
}

describe('diagram colours in VS Code\'s default themes', () => {
  for (const [name, { highContrast, colours }] of Object.entries(PALETTES)) {
    it(`${name}: the focus ring is not the error or warning colour, and every text is legible`, () => {
      check(name, VSCODE_THEME, colours, highContrast);
    });
  }

  it('the exported file\'s light and dark themes too', () => {
    check('light export', LIGHT_THEME, {}, false);
    check('dark export', DARK_THEME, {}, false);
  });

  it('without its high-contrast rule, the ring of Default High Contrast would look like an error', () => {
    const { colours } = PALETTES['Default High Contrast'];
    assert.ok(!distinct(colours.focusBorder, colours['editorError-foreground']), 'the check tells orange from salmon apart only by the rule');
  });
});

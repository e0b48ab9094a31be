import { bestTextColor, contrastRatio, meetsWcagAA, parseHexColor, relativeLuminance } from './contrast';

describe('parseHexColor', () => {
  it('reads six-digit colours in either case', () => {
    expect(parseHexColor('#1a2B3c')).toEqual({ r: 0x1a, g: 0x2b, b: 0x3c });
  });

  it('expands three-digit shorthand the way CSS does', () => {
    expect(parseHexColor('#f80')).toEqual({ r: 0xff, g: 0x88, b: 0x00 });
  });

  it.each(['', '#', 'fff', 'ffffff', '#ffff', '#fffffff', '#ffffff00', '#ggg', ' #ffffff', '#ffffff ', 'red', 'rgb(0,0,0)'])(
    'refuses %j',
    (input) => {
      expect(parseHexColor(input)).toBeNull();
    },
  );
});

describe('relativeLuminance', () => {
  it('runs from 0 for black to 1 for white', () => {
    expect(relativeLuminance('#000')).toBe(0);
    expect(relativeLuminance('#fff')).toBeCloseTo(1, 10);
  });

  it('weights green far above red and red above blue, as the eye does', () => {
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 4);
  });

  it('refuses a string that is not a hex colour instead of inventing a luminance', () => {
    expect(() => relativeLuminance('blue')).toThrow(RangeError);
  });
});

describe('contrastRatio', () => {
  it('is 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#336699', '#336699')).toBe(1);
  });

  it('does not care which colour is the text', () => {
    expect(contrastRatio('#777777', '#ffffff')).toBe(contrastRatio('#ffffff', '#777777'));
  });

  it.each([
    ['#777777', '#ffffff', 4.48],
    ['#767676', '#ffffff', 4.54],
    ['#595959', '#ffffff', 7.0],
    ['#0000ff', '#ffffff', 8.59],
    ['#ff0000', '#ffffff', 4.0],
  ])('%s on %s is about %s:1', (fg, bg, expected) => {
    expect(contrastRatio(fg, bg)).toBeCloseTo(expected, 2);
  });

  it('accepts already-parsed channels', () => {
    expect(contrastRatio({ r: 0, g: 0, b: 0 }, '#fff')).toBeCloseTo(21, 10);
  });
});

describe('meetsWcagAA', () => {
  it('fails #777777 on white: 4.48 is not rounded up to 4.5', () => {
    expect(meetsWcagAA('#777777', '#ffffff')).toBe(false);
  });

  it('passes #767676 on white, the lightest grey that makes it', () => {
    expect(meetsWcagAA('#767676', '#ffffff')).toBe(true);
  });

  it('lets large text through at 3:1', () => {
    expect(meetsWcagAA('#ff0000', '#ffffff')).toBe(false);
    expect(meetsWcagAA('#ff0000', '#ffffff', { largeText: true })).toBe(true);
  });
});

describe('bestTextColor', () => {
  it.each([
    ['#ffffff', '#000000'],
    ['#ffeb3b', '#000000'],
    ['#777777', '#000000'],
    ['#000000', '#ffffff'],
    ['#1e3a8a', '#ffffff'],
    ['#d32f2f', '#ffffff'],
  ])('puts readable text on %s: %s', (background, text) => {
    expect(bestTextColor(background)).toBe(text);
  });

  it('always picks whichever of black and white contrasts more', () => {
    for (let grey = 0; grey <= 255; grey += 1) {
      const background = { r: grey, g: grey, b: grey };
      const choice = bestTextColor(background);
      const other = choice === '#000000' ? '#ffffff' : '#000000';
      expect(contrastRatio(choice, background)).toBeGreaterThanOrEqual(contrastRatio(other, background));
    }
  });
});

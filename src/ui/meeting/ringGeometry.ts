// The geometry of a meeting ring in SVG: points by angle (radians, clockwise from 12 o'clock),
// annular sectors and arcs. The chair's ring and the room's ring differ only in their sizes.

export function ringGeometry(ring: { cx: number; cy: number; rOuter: number; rInner: number }) {
  const { cx, cy, rOuter, rInner } = ring;
  const point = (r: number, angle: number): string => `${(cx + r * Math.sin(angle)).toFixed(2)} ${(cy - r * Math.cos(angle)).toFixed(2)}`;
  return {
    point,
    /** An annular sector from angle a0 to a1. */
    sectorPath: (a0: number, a1: number): string => {
      const large = a1 - a0 > Math.PI ? 1 : 0;
      return [
        `M ${point(rOuter, a0)}`,
        `A ${rOuter} ${rOuter} 0 ${large} 1 ${point(rOuter, a1)}`,
        `L ${point(rInner, a1)}`,
        `A ${rInner} ${rInner} 0 ${large} 0 ${point(rInner, a0)}`,
        'Z',
      ].join(' ');
    },
    /** An arc of radius r from angle a0 to a1. */
    arcPath: (a0: number, a1: number, r: number): string => {
      const large = a1 - a0 > Math.PI ? 1 : 0;
      return `M ${point(r, a0)} A ${r} ${r} 0 ${large} 1 ${point(r, a1)}`;
    },
  };
}

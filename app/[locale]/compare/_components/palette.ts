// Line styles for compared initiatives: Okabe-Ito colours (told apart with colour blindness) and a
// dash pattern each, so no line is known by colour alone.
export const LINE_STYLES = [
  { colour: "#0072b2", dash: undefined },
  { colour: "#d55e00", dash: "8 4" },
  { colour: "#009e73", dash: "2 3" },
  { colour: "#cc79a7", dash: "12 3 2 3" },
  { colour: "#8a6d00", dash: "4 4" },
] as const;

export const lineStyle = (i: number) => LINE_STYLES[i % LINE_STYLES.length] ?? LINE_STYLES[0];

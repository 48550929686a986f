// A horizontal bar filled to value ÷ max, for small inline charts. An SVG width, not a style=""
// attribute, which the Content-Security-Policy refuses (ADR 0012). Decorative: the count beside it
// is the text.
export function MeterBar({ value, max, className = "h-3", fill = "fill-indigo-600" }: { value: number; max: number; className?: string; fill?: string }) {
  return (
    <svg aria-hidden="true" className={`block w-full rounded bg-slate-100 ${className}`}>
      <rect width={`${(value / Math.max(1, max)) * 100}%`} height="100%" rx="3" className={fill} />
    </svg>
  );
}

/** The ActionConnect logo mark: a speech bubble on the product colour. */
export function ProductMark({ size = 32 }: { size?: number }) {
  return (
    <svg className="product-mark" width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="var(--product)" />
      <path d="M18 22a6 6 0 0 1 6-6h16a6 6 0 0 1 6 6v12a6 6 0 0 1-6 6h-9l-8 7v-7h-1a6 6 0 0 1-6-6z" fill="#fff" />
      <path d="M26 28h12" stroke="var(--product)" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}

"use client";

import dynamic from "next/dynamic";
import styles from "../timeline.module.css";

/** BinBars rendered in the browser only (see bin-bars.tsx for why); the space is held while it loads. */
export const BinBarsLazy = dynamic(() => import("./bin-bars").then((m) => m.BinBars), {
  ssr: false,
  loading: () => <div className={styles.chart} style={{ minHeight: 120 }} aria-busy="true" />,
});

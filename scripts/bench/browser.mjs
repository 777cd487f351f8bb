// Shared by the benchmark scripts: Chromium launched as the e2e tests launch it (see ../chromium.mjs).
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, executablePath } from '../chromium.mjs'

export function launchChromium(extraArgs = []) {
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] })
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
export const percentile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
}

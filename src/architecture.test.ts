import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

// Imports flow one way: app → features → components → jwt/timeline (the style guide's rule, checked here
// instead of by a linter). Domain code also never reads the clock: time is a parameter.
const SRC = new URL('.', import.meta.url).pathname

function sources(dir: string): string[] {
  return readdirSync(join(SRC, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.'))
    .map((entry) => join(entry.parentPath, entry.name))
}

const IMPORT = /^\s*import[^'"]*['"]([^'"]+)['"]/gm

describe.each(['jwt', 'timeline'])('src/%s (pure domain code)', (dir) => {
  const files = sources(dir)

  it('has source files to check', () => expect(files.length).toBeGreaterThan(3))

  it.each(files.map((file) => [relative(SRC, file), file]))('%s imports no React, features or components', (_name, file) => {
    const imports = [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((match) => match[1])
    expect(imports.filter((path) => /^(react|react-dom)(\/|$)|^@\/(features|components|app)|monaco/.test(path ?? ''))).toEqual([])
  })

  it.each(files.map((file) => [relative(SRC, file), file]))('%s does not read the clock', (_name, file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')
    expect(code).not.toMatch(/Date\.now\(|new Date\(\)|performance\.now\(/)
  })
})

describe('components', () => {
  it.each(sources('components').map((file) => [relative(SRC, file), file]))('%s does not import features or the app', (_name, file) => {
    const imports = [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((match) => match[1])
    expect(imports.filter((path) => /^@\/(features|app)/.test(path ?? ''))).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { decodeSegment, encodeSegment, findSegmentProblem } from './base64url'

describe('findSegmentProblem', () => {
  it.each([
    ['eyJhbGciOiJIUzI1NiJ9', null],
    ['', null],
    ['YQ==', { kind: 'padding', index: 2 }],
    ['ab+c', { kind: 'bad-char', index: 2, char: '+' }],
    ['ab/c', { kind: 'bad-char', index: 2, char: '/' }],
    ['abcde', { kind: 'bad-length' }],
  ])('%s', (segment, expected) => {
    expect(findSegmentProblem(segment)).toEqual(expected)
  })
})

describe('round trip', () => {
  it.each(['', 'a', 'ab', 'abc', '{"alg":"HS256"}', 'ünïcödé ✓'])('%j', (text) => {
    expect(new TextDecoder().decode(decodeSegment(encodeSegment(text)))).toBe(text)
  })
})

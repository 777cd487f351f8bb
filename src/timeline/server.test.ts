import { describe, expect, it } from 'vitest'
import { RECORDING, recordedSettings, type RecordedExchange } from './recorded-fixture'
import { createSimpleJwtServer, type Presented, type ServerRequest, type SimpleJwtServer } from './server'
import { signScheduleToken } from './tokens'
import { wireText, type TokenRef } from './wire'

/** The recorded request, with tokens the model minted referred to by jti and anything else as garbage. */
function toRequest(exchange: RecordedExchange, server: SimpleJwtServer): ServerRequest {
  const presented = (role: string, text: string): Presented => {
    const jti = exchange.tokens.find((t) => t.role === role && t.token === text)?.payload?.jti
    return typeof jti === 'string' && server.token(jti) ? { jti } : { garbage: text }
  }
  const body = exchange.requestBody ?? {}
  switch (exchange.path) {
    case '/api/token/':
      return { endpoint: 'obtain', username: body.username ?? '', password: body.password ?? '' }
    case '/api/token/refresh/':
      return { endpoint: 'refresh', refresh: presented('request.refresh', body.refresh ?? '') }
    case '/api/token/blacklist/':
      return { endpoint: 'blacklist', refresh: presented('request.refresh', body.refresh ?? '') }
    case '/api/token/verify/':
      return { endpoint: 'verify', token: presented('request.token', body.token ?? '') }
    default: {
      const bearer = exchange.authorization?.replace(/^Bearer /, '')
      return { endpoint: 'me', bearer: bearer === undefined ? null : presented('authorization', bearer) }
    }
  }
}

describe.each(RECORDING.scenarios.map((s) => [s.name, s] as const))('server model vs recorded simplejwt: %s', (_name, scenario) => {
  it('gives the recorded status, body, WWW-Authenticate and blacklist for every exchange, in order', async () => {
    const settings = recordedSettings(scenario)
    const server = createSimpleJwtServer(settings, { seed: RECORDING.jti.seed, user: RECORDING.user })
    const jwts = new Map<string, string>()
    const text = (jti: string) => jwts.get(jti) ?? `<unsigned ${jti}>`
    for (const [index, recorded] of scenario.exchanges.entries()) {
      const label = `#${index} +${recorded.offset}s ${recorded.method} ${recorded.path}`
      const { exchange, minted } = server.handle(toRequest(recorded, server), { at: recorded.at, actor: 'client', index })
      for (const token of minted) {
        const signed = await signScheduleToken(token, settings)
        if (signed.ok) jwts.set(token.jti, signed.jwt)
      }
      expect(exchange.status, label).toBe(recorded.status)
      expect(exchange.wwwAuthenticate, label).toBe(recorded.wwwAuthenticate)
      expect(wireText(exchange.responseBody, text), label).toBe(recorded.responseText)
      expect(exchange.requestBody === null ? null : JSON.parse(wireText(exchange.requestBody, text)), label).toEqual(recorded.requestBody)
      const bearer = exchange.authorization
      const sentAuth = bearer === null ? null : `Bearer ${typeof bearer === 'string' ? bearer : text((bearer as TokenRef).$token)}`
      expect(sentAuth, label).toBe(recorded.authorization)
      const blacklisted = server.tokens.filter((t) => t.blacklistedAt !== null).map((t) => t.jti)
      expect(blacklisted.sort(), label).toEqual(recorded.blacklistedJtis)
    }
  })

  it('mints payloads with simplejwt key order and values (token_type, exp, iat, jti, user claim)', () => {
    const server = createSimpleJwtServer(recordedSettings(scenario), { seed: RECORDING.jti.seed, user: RECORDING.user })
    for (const [index, recorded] of scenario.exchanges.entries()) {
      const { minted } = server.handle(toRequest(recorded, server), { at: recorded.at, actor: 'client', index })
      const recordedMinted = recorded.tokens.filter((t) => t.role.startsWith('response.'))
      expect(minted.map((t) => Object.entries(t.payload))).toEqual(
        expect.arrayContaining(recordedMinted.map((t) => Object.entries(t.payload ?? {}))),
      )
      expect(minted).toHaveLength(recordedMinted.length)
    }
  })
})

describe('server model details the recording shows', () => {
  it('copies the refresh token iat into access tokens made by a refresh (simplejwt 5.2 behaviour)', () => {
    const refreshed = RECORDING.scenarios[0]?.exchanges.find((e) => e.path === '/api/token/refresh/' && e.status === 200)
    const access = refreshed?.tokens.find((t) => t.role === 'response.access')?.payload
    const refresh = refreshed?.tokens.find((t) => t.role === 'request.refresh')?.payload
    expect(access?.iat).toBe(refresh?.iat)
    expect(access?.exp).toBe((refreshed?.at ?? 0) + 300)
  })
})

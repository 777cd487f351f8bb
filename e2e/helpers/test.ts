import { test as base, expect, type Page } from '@playwright/test'

/**
 * Playwright's `test` with a guard every spec should use: any uncaught page error, console error or
 * dialog (alert/confirm/prompt: a sign of injected script) in any page of the test fails it at the end.
 * It does not hide or filter any message.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ context }, use) => {
      const problems: string[] = []
      const watch = (page: Page) => {
        page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`))
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
        })
        page.on('dialog', (dialog) => {
          problems.push(`${dialog.type()} dialog: ${dialog.message()}`)
          void dialog.dismiss()
        })
      }
      context.pages().forEach(watch)
      context.on('page', watch)
      await use(problems)
      expect(problems, 'errors, console errors or dialogs on the page').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

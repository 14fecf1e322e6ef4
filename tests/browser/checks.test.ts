// The checks themselves can fail: each finds the fault planted in the host server's broken page.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  axeProblems,
  clippedProblems,
  colorProblems,
  htmlErrors,
  launchBrowser,
  layoutProblems,
  type OpenedPage,
  openPage,
  svgProblems,
} from './checks'
import { hostOrigin, skip } from './suite'

describe.skipIf(skip)('the checks, on a deliberately broken page', () => {
  let browser: Browser
  let broken: OpenedPage
  beforeAll(async () => {
    browser = await launchBrowser()
    broken = await openPage(browser, `${hostOrigin}/broken`, { width: 360 })
  })
  afterAll(async () => {
    await broken?.close()
    await browser?.close()
  })

  it('report the inline script the CSP forbids', () => {
    expect(broken.problems()).toContainEqual(expect.stringMatching(/^CSP violation: script-src-elem blocked/))
  })

  it('report the image that is not there', () => {
    expect(broken.problems()).toContainEqual(`request answered 404: ${hostOrigin}/missing.png`)
  })

  it('report, through axe-core, the image without alt text', async () => {
    expect(await axeProblems(broken.page)).toContainEqual(expect.stringMatching(/^image-alt \(critical\)/))
  })

  it('report the sideways scroll and the overlapping blocks', async () => {
    expect(await layoutProblems(broken.page)).toEqual([
      expect.stringMatching(/^the page scrolls sideways: 20\d\dpx wide at 360px$/),
      expect.stringMatching(/^p\.first and p\.second overlap by \d+px²$/),
    ])
  })

  it('report the block that runs past the screen', async () => {
    expect(await clippedProblems(broken.page)).toContainEqual(
      expect.stringMatching(/^div\.wide reaches past the screen: 8 to 2008px of 360px$/),
    )
  })

  it('report a light page where dark was asked for', async () => {
    expect(await colorProblems(broken.page, 'dark')).toEqual([expect.stringMatching(/^not dark/)])
  })

  it('report SVG that is not well-formed XML', async () => {
    expect(await svgProblems(broken.page, '<svg xmlns="http://www.w3.org/2000/svg"><g></svg>')).toEqual([
      expect.stringMatching(/^not well-formed XML/),
    ])
  })

  it('report what goes wrong inside a frame from another site, as the card is on a host page', async () => {
    const host = await openPage(browser, `${hostOrigin}/framed-broken`, { width: 1280 })
    try {
      const port = new URL(hostOrigin).port
      expect(host.problems()).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            new RegExp(
              `^CSP violation: script-src-elem blocked .* \\(in http://localhost:${port}/broken\\)$`,
            ),
          ),
          `request answered 404: http://localhost:${port}/missing.png`,
        ]),
      )
      expect(await axeProblems(host.page)).toContainEqual(expect.stringMatching(/^image-alt \(critical\)/))
    } finally {
      await host.close()
    }
  })

  it('report, through the Nu HTML Checker, invalid HTML', async () => {
    const errors = await htmlErrors({ broken: '<!DOCTYPE html><html lang="en"><p>No title<div></p>' })
    expect(errors.broken).toContainEqual(
      expect.stringContaining('Element “head” is missing a required instance'),
    )
  })
})

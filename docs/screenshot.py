"""Make docs/images/html-report.png: the HTML report of examples/speeches in headless Chromium,
with the pointer on a mark so that its tooltip shows.

    slogans extract examples/speeches --html /tmp/speeches.html -o /tmp/speeches.csv
    python docs/screenshot.py /tmp/speeches.html docs/images/html-report.png
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By


def main(page: Path, target: Path, term: str = "五个好") -> None:
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1100,760", "--hide-scrollbars"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "chromedriver"), options=options)
    try:
        driver.get(page.resolve().as_uri())
        mark = next(m for m in driver.find_elements(By.CSS_SELECTOR, "mark.m") if m.get_attribute("data-term") == term)
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); window.scrollBy(0, 120);", mark)
        ActionChains(driver).move_to_element(mark).perform()
        driver.save_screenshot(str(target))
    finally:
        driver.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), *sys.argv[3:])

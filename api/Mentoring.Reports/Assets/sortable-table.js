// Sorts a table's body by the clicked column; numbers compare numerically. A second click reverses the order.
(function () {
  for (const table of document.querySelectorAll("table.sortable")) {
    const headers = table.querySelectorAll("th[data-sort]");
    headers.forEach((header, column) => {
      header.addEventListener("click", () => {
        const ascending = header.getAttribute("aria-sort") !== "ascending";
        headers.forEach(h => h.removeAttribute("aria-sort"));
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const numeric = header.dataset.sort === "number";
        const body = table.tBodies[0];
        const rows = Array.from(body.rows);
        const key = row => {
          const text = row.cells[column].dataset.value ?? row.cells[column].textContent;
          return numeric ? parseFloat(text) : text.toLowerCase();
        };
        rows.sort((a, b) => {
          const x = key(a), y = key(b);
          const order = x < y ? -1 : x > y ? 1 : 0;
          return ascending ? order : -order;
        });
        body.append(...rows);
      });
    });
  }
})();

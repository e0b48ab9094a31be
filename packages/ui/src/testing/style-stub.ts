// What Jest gets for `import './x.css'`: tests read logic, and a stylesheet has none.
export default {};

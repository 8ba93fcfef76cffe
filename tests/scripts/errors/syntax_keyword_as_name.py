# SyntaxError for using a keyword as an assignment target.
class = "math"

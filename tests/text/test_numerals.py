from slogans.text.numerals import Arithmetic, formula_arithmetic, parse_number


def test_parse_number():
    assert [parse_number(x) for x in ["十二", "两", "48", "二十一", "一百零五", "二〇二一", "双", "十"]] == [12, 2, 48, 21, 105, 2021, 2, 10]
    assert parse_number("好") is None


def test_arithmetic_adds_every_numeral():
    assert formula_arithmetic("五个好") == Arithmetic(5)
    assert formula_arithmetic("两评一树") == Arithmetic(3)
    assert formula_arithmetic("五比五争") == Arithmetic(10)
    assert formula_arithmetic("三培两带两服务") == Arithmetic(7)
    assert formula_arithmetic("2+5") == Arithmetic(7)
    assert formula_arithmetic("创先争优") is None


def test_character_counted_formula():
    arith = formula_arithmetic("十二字总要求")
    assert arith == Arithmetic(12, "chars")
    assert arith.agrees_with(["照镜子", "正衣冠", "洗洗澡", "治治病"])
    assert not arith.agrees_with(["照镜子", "正衣冠"])


def test_a_numeral_after_a_numeral_and_its_classifier_is_a_word_of_each_member():
    assert formula_arithmetic("三个一") == Arithmetic(3)  # 一X three times
    assert formula_arithmetic("四个一批") == Arithmetic(4)
    assert formula_arithmetic("两个一百年") == Arithmetic(2)
    assert formula_arithmetic("五点一线") == Arithmetic(6)  # 点 is a noun here: five points and a line
    assert formula_arithmetic("一个中心、两个基本点") == Arithmetic(3)


def test_a_name_of_numerals_alone_promises_one_member_a_numeral():
    assert formula_arithmetic("一二三") == Arithmetic(3)
    assert formula_arithmetic("三四五") == Arithmetic(3)
    assert formula_arithmetic("十一") != Arithmetic(2)  # a number, not a name of two numerals


def test_the_one_that_joins_members_into_one_counts_none():
    assert formula_arithmetic("三位一体") == Arithmetic(3)
    assert formula_arithmetic("五证合一") == Arithmetic(5)
    assert formula_arithmetic("一体两翼") == Arithmetic(3)  # 一体 that opens a name is a member
    assert formula_arithmetic("四统一") == Arithmetic(4)  # 统一 "unified": each member is one thing unified
    assert formula_arithmetic("两个统一") == Arithmetic(2)

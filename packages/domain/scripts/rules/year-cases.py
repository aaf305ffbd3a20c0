import datetime as dt, calendar
def add_months(d, m):
    y = d.year + (d.month - 1 + m) // 12; mo = (d.month - 1 + m) % 12 + 1
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))
day = dt.timedelta(days=1)
def regime(d):
    if d >= dt.date(2026,4,1): return 'ndrc-order-36'
    if d >= dt.date(2023,5,1): return 'ndrc-order-58'
    if d >= dt.date(2019,7,1): return 'ndrc-2019-527'
    return 'ndrc-2017'
# The parameters as the documents set them (content/rules/display-periods.yaml, written out by hand here so the
# cases check the code against the table, not against itself): (max months, min months) or None = never shown.
# The 2017 notice and 527号 have no 轻微 class: such decisions count as 一般 (display-periods.yaml notes).
TABLE = {
  'ndrc-2017': {'轻微': (12, None), '一般': (12, None), '严重': (36, None)},
  'ndrc-2019-527': {'轻微': (12, 3), '一般': (12, 3), '严重': (36, 6)},
  'ndrc-order-58': {'轻微': (36, 3), '一般': (36, 3), '严重': (36, 3)},
  'ndrc-order-36': {'轻微': None, '一般': (12, 3), '严重': (36, 12)},
}
FOOD_MIN_58 = 12
out = ['# 按年份覆盖：2017—2027 年每年 9 月 15 日作出的一般、严重、轻微处罚（第58号令时期另加食品领域），',
       '# 在作出一个月后和公示最后一天的次日核对：适用的规定、状态、公示最后一天、最早可申请修复的日期、能否提出异议和申请修复。',
       '# 期望值按各规定的期限表手算（最长公示期：决定日起 N 个月的前一天；最短公示期：决定日起 N 个月的同一天），',
       '# 由 packages/domain/scripts/rules/year-cases.py 写出（再用 biome check --write 排版），不从代码的结果抄来。罚款都在决定后 10 天缴清。',
       '# 2017年通知和527号不分轻微，轻微处罚按一般处理；2017年通知没有最短公示期，所以不写最早修复日期。',
       '', 'cases:']
def q(s): return s
def minor36(d):
    # Order 36: 轻微 is shown only where the authority sets an end (at most 3 months); repair once the duty is done.
    # Not shown, the record still has the rule's repair date, but there is nothing to repair or object to.
    paid = d + dt.timedelta(days=10)
    for authority_end in [None, add_months(d, 2) - day]:
        out.append(f"  - name: {d.year}年轻微处罚（第36号令），部门{'设定公示到 ' + str(authority_end) if authority_end else '没有设定公示'}")
        extra = f", displayEnd: {authority_end}" if authority_end else ""
        out.append(f"    record: {{ kind: penalty, infoClass: 轻微, decisionDate: {d}, dutyFulfilledAt: {paid}{extra} }}")
        out.append("    expect:")
        on = add_months(d, 1)
        if authority_end is None:
            out.append(f"      - {{ on: {on}, regime: ndrc-order-36, status: 不公示, displayEnd: null, earliestRepairDate: {paid}, object: unavailable, repair: unavailable }}")
        else:
            out.append(f"      - {{ on: {on}, regime: ndrc-order-36, status: 公示中, displayEnd: {authority_end}, earliestRepairDate: {paid}, object: available, repair: available }}")
            out.append(f"      - {{ on: {authority_end + day}, status: 公示期满, object: unavailable, repair: unavailable }}")

def case(d, cls, sector=None):
    r = regime(d); p = TABLE[r][cls]
    if r == 'ndrc-order-36' and cls == '轻微': return minor36(d)
    if r == 'ndrc-order-58' and sector == 'food' and p: p = (p[0], max(p[1], FOOD_MIN_58))
    paid = d + dt.timedelta(days=10)
    rec = f"{{ kind: penalty, infoClass: {cls}, decisionDate: {d}, dutyFulfilledAt: {paid}" + (f", sector: {sector}" if sector else "") + " }"
    label = {'ndrc-2017':'2017年通知','ndrc-2019-527':'527号','ndrc-order-58':'第58号令','ndrc-order-36':'第36号令'}[r]
    name = f"{d.year}年{cls}处罚（{label}）" + ("，食品领域" if sector == 'food' else ("，其他领域" if sector else ""))
    out.append(f"  - name: {name}")
    out.append(f"    record: {rec}")
    out.append("    expect:")
    on = add_months(d, 1)
    if p is None:
        out.append(f"      - {{ on: {on}, regime: {r}, status: 不公示, displayEnd: null }}")
        return
    mx, mn = p
    end = add_months(d, mx) - day
    if mn is None:
        out.append(f"      - {{ on: {on}, regime: {r}, status: 公示中, displayEnd: {end}, object: available }}")
    else:
        earliest = add_months(d, mn)
        out.append(f"      - {{ on: {on}, regime: {r}, status: 公示中, displayEnd: {end}, earliestRepairDate: {earliest}, object: available, repair: {earliest} }}")
        out.append(f"      - {{ on: {earliest}, status: 公示中, repair: available }}")
    out.append(f"      - {{ on: {end + day}, status: 公示期满, object: unavailable, repair: unavailable }}")
for y in range(2017, 2028):
    d = dt.date(y, 9, 15)
    for cls in ['一般', '严重', '轻微']:
        case(d, cls)
    if regime(d) == 'ndrc-order-58':
        case(d, '一般', 'food'); case(d, '严重', 'other')
# The first quarter of 2026 is still Order 58; a food decision then, and one under Order 36 where no field rule applies.
case(dt.date(2026, 1, 15), '一般', 'food')
case(dt.date(2026, 9, 15), '一般', 'food')
print('\n'.join(out))

package dev.wuye.complaint.cases;

import dev.wuye.complaint.spi.CustomerData;
import dev.wuye.complaint.spi.Masking;
import jakarta.validation.constraints.Size;

/**
 * The customer who raised an opinion. Personal data: {@link #toString()} masks it.
 *
 * @param name    the customer's name; {@code null} for an anonymous opinion (a forum post); given, it
 *                must not be blank — a name of spaces only is refused on {@code customer.name}, not
 *                taken for anonymous (R-4.2.3b: the receiver records what the customer said)
 * @param phone   the phone number; nullable; given, a {@link PhoneNumber}: a mainland mobile
 *                ({@code 13812345678}, dashes and spaces allowed), a landline with its area code
 *                ({@code 010-12345678}) or {@code +CC} international ({@code +85291234567})
 * @param address building / unit / room (楼栋单元房号); nullable
 */
public record Customer(
        @Size(max = 64, message = "{wuye.customer.name.size}") String name,
        @Size(max = 32, message = "{wuye.customer.phone.size}") @PhoneNumber String phone,
        @Size(max = 200, message = "{wuye.customer.address.size}") String address) {

    /** The SPI form. */
    public CustomerData toData() {
        return new CustomerData(name, phone, address);
    }

    /** From the SPI form. */
    public static Customer of(CustomerData data) {
        return new Customer(data.name(), data.phone(), data.address());
    }

    @Override
    public String toString() {
        return "Customer[name=" + Masking.name(name) + ", phone=" + Masking.phone(phone)
                + ", address=" + Masking.address(address) + "]";
    }
}
